import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import prettierPlugin from "eslint-plugin-prettier";

export default [
  { ignores: ["dist/**", "node_modules/**", "out/**", "test/artifacts/**", "coverage/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" },
    rules: {
      // A sync inside a loop makes round trips grow with the rows: never allowed here.
      "office-addins/no-context-sync-in-loop": "error",
      "react/react-in-jsx-scope": "off",
      "no-undef": "off",
    },
  },
  {
    // The office-addins preset leaves .tsx out of its TypeScript block: ESLint's own
    // no-unused-vars flags the parameter names of callback types in props (the TypeScript-aware
    // rule understands them), and prettier would not run on the pane's components at all.
    files: ["**/*.tsx"],
    plugins: { "@typescript-eslint": tseslint.plugin, prettier: prettierPlugin },
    rules: {
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": "error",
      "prettier/prettier": "error",
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
  },
];
