export * from "./member-csv";
