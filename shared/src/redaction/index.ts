// Public surface of redaction/ (filled in by its owner).
export {};
