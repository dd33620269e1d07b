// Public surface of time/ (filled in by its owner).
export {};
