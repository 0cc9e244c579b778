/** alignment methods: filled in by the alignment capability. */
export const alignmentMethods = {};
