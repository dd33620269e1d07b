// Public surface of permissions/ (filled in by its owner).
export {};
