// Replaced at build time by scripts/build-config.cjs (pageConfig).
