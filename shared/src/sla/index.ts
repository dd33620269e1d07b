// Public surface of sla/ (filled in by its owner).
export {};
