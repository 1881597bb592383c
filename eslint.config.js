import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  // slide markdown too: its code blocks and front matter
  markdown: true,
  formatters: false,
  ignores: ['talk/source.txt', 'dist/**', 'docs/benchmarks.md', 'scratch/**', '.slidev/**'],
}, {
  rules: {
    // a regex hoisted out of a run-once function would stand away from the code that reads it
    'e18e/prefer-static-regex': 'off',
    // a short ternary or list reads as one thought on one line; the rule breaks every one with a
    // call or a spread in it over three to five lines
    'antfu/reasonable-newline': 'off',
  },
}, {
  // a Slidev file is many slides, and every slide has its own h1
  files: ['slides.md', 'slides.en.md', 'pages/**/*.md'],
  rules: { 'markdown/no-multiple-h1': 'off' },
})
