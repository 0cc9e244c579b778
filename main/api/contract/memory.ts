/** memory methods: filled in by the memory capability. */
export const memoryMethods = {};
