import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "test-artifacts/**", "**/*.js", "**/*.mjs"] },
  ...officeAddins.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
);
