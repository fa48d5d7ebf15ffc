// ESLint: typescript-eslint with type information, the React hooks rules, a size limit per
// file, and the layers of src/ (docs/architecture.md): pure folders import no React,
// Leaflet or browser globals, and every folder imports only the folders below it.
import { dirname, relative, resolve, sep } from 'node:path'
import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/** src/ folders, lowest first: a folder may import only folders earlier in this list. */
export const LAYERS = [
  // Global stylesheets only (imported by the entries).
  ['styles'],
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
  ['entries'],
]
/** Folders of pure logic: no React, no Leaflet, no window or document. */
const PURE = ['data', 'i18n', 'url', 'burials', 'geo', 'filter', 'export', 'camp-index', 'render-image', 'view']

const rank = new Map(LAYERS.flatMap((group, i) => group.map((folder) => [folder, i])))

const SRC = resolve(import.meta.dirname, 'src')

/** The src/ folder a path lies in ('' for a file directly in src/), or null outside src/. */
function folderOf(path) {
  const rel = relative(SRC, path)
  if (rel === '' || rel.startsWith('..') || resolve(SRC, rel) !== path) return null
  const parts = rel.split(sep)
  return parts.length > 1 ? parts[0] : ''
}

/**
 * `layers/downward`: every relative import (static, re-export or dynamic `import()`) is
 * resolved against the importing file's path, so a file in a nested folder
 * (`src/map/labels/x.ts` importing `../../app/App`) is held to its folder's layer exactly
 * like a file at the top of it. A folder imports its own files and folders of lower layers;
 * a folder missing from LAYERS, an upward or sideways import and an import of an entry file
 * in src/ are errors.
 */
const downward = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      up: 'src/{{own}} may import only folders below it (eslint.config.js LAYERS), not src/{{target}}.',
      unknown: 'src/{{folder}} is not in LAYERS (eslint.config.js): give it its place.',
      entry: 'src/{{own}} may not import an entry file ({{path}}).',
    },
  },
  create(context) {
    const own = folderOf(context.filename)
    if (own === null || own === '') return {}
    const ownRank = rank.get(own)
    const check = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return
      const target = folderOf(resolve(dirname(context.filename), source.value))
      if (target === null || target === own) return
      if (target === '') context.report({ node: source, messageId: 'entry', data: { own, path: source.value } })
      else if (!rank.has(target)) context.report({ node: source, messageId: 'unknown', data: { folder: target } })
      else if (ownRank === undefined || (rank.get(target) ?? 0) >= ownRank)
        context.report({ node: source, messageId: 'up', data: { own, target } })
    }
    return {
      Program(node) {
        if (ownRank === undefined) context.report({ node, messageId: 'unknown', data: { folder: own } })
      },
      ImportDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    }
  },
}

function pureRules(folder) {
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', 'leaflet', 'react-leaflet', '@react-leaflet/*'],
              allowTypeImports: true,
              message: `src/${folder} is pure: no React or Leaflet (types only).`,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'location', 'localStorage', 'history'].map((name) => ({
          name,
          message: `src/${folder} is pure: pass it in instead.`,
        })),
      ],
    },
  }
}

/**
 * The layer rules of src/ (tests excepted): imports only downward, at any depth, and pure
 * folders without React, Leaflet or browser globals. Exported for the probe test
 * (scripts/lint-layers.test.ts), which lints files that must fail.
 */
export const layerConfigs = [
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { layers: { rules: { downward } } },
    rules: { 'layers/downward': 'error' },
  },
  ...PURE.map(pureRules),
]

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
  ...layerConfigs,
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
