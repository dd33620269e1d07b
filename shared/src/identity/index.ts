// Public surface of identity/ (filled in by its owner).
export {};
