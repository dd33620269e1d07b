// Public surface of view/ (filled in by its owner).
export {};
