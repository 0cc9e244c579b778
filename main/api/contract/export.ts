/** export methods: filled in by the export capability. */
export const exportMethods = {};
