import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// Office.js code lives here; src/core, src/xlsx and src/cli must not touch Office (core is pure,
// xlsx is ExcelJS, whose `.value`/`.isMerged` the office-addins load/sync rules would misread).
const OFFICE_FILES = [
  "src/excel/**/*.ts",
  "src/taskpane/**/*.ts",
  "src/commands/**/*.ts",
  "src/functions/**/*.ts",
];

/*
 * eslint-plugin-office-addins ships its own nested copy of @typescript-eslint (plugin + parser,
 * an older 8.x). ESLint's flat config refuses two different objects under one plugin name, so
 * its "recommended" preset cannot be spread next to typescript-eslint's as is. We keep every
 * rule of that preset (office-addins/*, prettier/prettier, js recommended) and drop only its
 * copy of the @typescript-eslint plugin and parser: the project's own typescript-eslint
 * (recommendedTypeChecked below) provides both, and the rule names stay the same. The
 * office-addins/* load/sync rules apply to OFFICE_FILES only.
 */
const officeAddinsRecommended = officeAddins.configs.recommended.flatMap((config) => {
  if (!config.plugins || !("@typescript-eslint" in config.plugins)) return [config];
  const { "@typescript-eslint": _nestedTs, ...plugins } = config.plugins;
  const { parser: _nestedParser, ...languageOptions } = config.languageOptions ?? {};
  const rules = Object.entries(config.rules ?? {});
  const isOfficeRule = ([name]) => name.startsWith("office-addins/");
  return [
    {
      ...config,
      files: ["**/*.ts"],
      plugins,
      languageOptions,
      rules: Object.fromEntries(rules.filter((r) => !isOfficeRule(r))),
    },
    { files: OFFICE_FILES, rules: Object.fromEntries(rules.filter(isOfficeRule)) },
  ];
});

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "lib/**",
      "node_modules/**",
      "coverage/**",
      "test-artifacts/**",
      "**/*.js",
      "**/*.mjs",
    ],
  },
  // Order matters: typescript-eslint's own eslint-recommended overrides then switch off the core
  // rules that TypeScript already checks better (no-undef would not know Office.js globals).
  ...officeAddinsRecommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ["**/*.ts"],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A leading underscore marks a parameter that an interface requires but this code ignores.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // Custom functions report #VALUE!/#NUM! by throwing CustomFunctions.Error, which the
      // Office typings declare without extending the built-in Error.
      "@typescript-eslint/only-throw-error": [
        "error",
        { allow: [{ from: "package", package: "@types/custom-functions-runtime", name: "Error" }] },
      ],
    },
  },
);
