// Public surface of conversation/ (filled in by its owner).
export {};
