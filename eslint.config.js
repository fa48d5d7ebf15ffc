// ESLint: typescript-eslint with type information, the React hooks rules, a size limit per
// file, and the layers of src/ (docs/architecture.md): pure folders import no React,
// Leaflet or browser globals, and every folder imports only the folders below it.
import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/** src/ folders, lowest first: a folder may import only folders earlier in this list. */
export const LAYERS = [
  ['data'],
  ['i18n'],
  ['geo', 'filter', 'export', 'symbols', 'url', 'burials'],
  ['camp-index'],
  ['view', 'state'],
  ['context', 'render-image'],
  ['ui', 'region-facts', 'load'],
  ['map', 'legend', 'detail', 'sidebar', 'share', 'history'],
  ['embed'],
  ['app'],
]
/** Folders of pure logic: no React, no Leaflet, no window or document. */
const PURE = ['data', 'i18n', 'url', 'burials', 'geo', 'filter', 'export', 'camp-index', 'render-image', 'view']

const rank = new Map(LAYERS.flatMap((group, i) => group.map((folder) => [folder, i])))
const ALL = LAYERS.flat()

function layerRules(folder) {
  const own = rank.get(folder) ?? 0
  const above = ALL.filter((other) => other !== folder && (rank.get(other) ?? 0) >= own)
  const patterns =
    above.length === 0
      ? []
      : [{ group: above.map((f) => `../${f}/*`), message: `src/${folder} may import only folders below it (eslint.config.js LAYERS).` }]
  if (PURE.includes(folder)) {
    patterns.push({
      group: ['react', 'react-dom', 'react-dom/*', 'leaflet', 'react-leaflet', '@react-leaflet/*'],
      allowTypeImports: true,
      message: `src/${folder} is pure: no React or Leaflet (types only).`,
    })
  }
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      ...(patterns.length > 0 ? { 'no-restricted-imports': ['error', { patterns }] } : {}),
      ...(PURE.includes(folder)
        ? {
            'no-restricted-globals': [
              'error',
              ...['window', 'document', 'navigator', 'location', 'localStorage', 'history'].map((name) => ({
                name,
                message: `src/${folder} is pure: pass it in instead.`,
              })),
            ],
          }
        : {}),
    },
  }
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'reports/**',
      'public/**',
      'coverage/**',
      '**/*.mjs',
      'eslint.config.js',
      'scripts/bench/baseline.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Data text is never HTML: build elements with textContent.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Data text is never HTML: build elements with textContent.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Data text is never HTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Data text is never HTML.' },
      ],
    },
  },
  ...ALL.map(layerRules),
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 600, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests read JSON fixtures, await act() and write to the DOM directly.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/require-await': 'off',
      'no-restricted-syntax': 'off',
      // Page scripts check globals the types declare; fixtures are cast from JSON.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
)
