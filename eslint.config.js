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
    // a short ternary or list reads as one thought on one line; the rule breaks
    // every one with a call or a spread in it over three to five lines
    'antfu/reasonable-newline': 'off',
  },
}, {
  // a Slidev file is many slides, and every slide has its own h1
  files: ['slides.md', 'pages/**/*.md'],
  rules: { 'markdown/no-multiple-h1': 'off' },
})
