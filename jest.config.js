/** @type {import('jest').Config} */
const common = {
  preset: "ts-jest",
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  moduleFileExtensions: ["ts", "js", "json"],
};

module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/test/**/*.test.ts"], testPathIgnorePatterns: ["/engine/", "/browser/", "/dist/"] },
    // Tests of the built bundle (dist/): run after `npm run build`.
    { ...common, displayName: "dist", testMatch: ["<rootDir>/test/dist/**/*.test.ts"] },
    // Recalculation in LibreOffice Calc (Debian libreoffice-calc-nogui).
    { ...common, displayName: "engine", testMatch: ["<rootDir>/test/engine/**/*.test.ts"] },
    // The built task pane in headless Chromium (Debian chromium).
    { ...common, displayName: "browser", testMatch: ["<rootDir>/test/browser/**/*.test.ts"] },
  ],
};
