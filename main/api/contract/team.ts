/** team methods: filled in by the team capability. */
export const teamMethods = {};
