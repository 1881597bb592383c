import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  // slide markdown is linted too: code blocks in it and its front matter
  markdown: true,
  formatters: false,
  ignores: [
    'talk/source.txt',
    'dist/**',
    'docs/benchmarks.md',
    'scratch/**',
    '.slidev/**',
  ],
}, {
  rules: {
    // scripts and tests run once per call: hoisting every regex out of a
    // function would scatter the patterns away from the code that reads them
    'e18e/prefer-static-regex': 'off',
  },
}, {
  // a data module is a table, one entry a line like the rows of the fact
  // sheet it comes from; breaking each entry over five lines hides the table
  files: ['data/**/*.ts'],
  rules: { 'antfu/reasonable-newline': 'off' },
}, {
  // a Slidev file is many slides, and every slide has its own h1
  files: ['slides.md', 'pages/**/*.md'],
  rules: { 'markdown/no-multiple-h1': 'off' },
})
