// Public surface of api/ (filled in by its owner).
export {};
