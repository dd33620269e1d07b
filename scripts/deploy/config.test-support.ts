/** A config every check passes (the example file's values, for demo-baton). */
export function validConfig(project = "demo-baton") {
  return {
    project,
    region: "us-central1",
    google: { audiences: ["123456789012-abc123.apps.googleusercontent.com"] },
    microsoft: {
      clientId: "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
      tenants: ["9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"],
    },
    orgDomains: ["acme.com"],
  };
}
