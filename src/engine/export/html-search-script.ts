/**
 * The search part of the HTML export's one inline script (after `ANALYZER_SCRIPT`, the app's own
 * analyzer). It reads its labels from the JSON block `#sv-data`, walks text nodes (never parses
 * HTML) and finds words as the app does: `objednavka` finds `objednávky` and `objednávce` (same
 * Czech or English root, with or without diacritics), a word of three letters or more also finds
 * the words it begins, and a session must hold every word of the query. Hits are wrapped in
 * `<mark>` built with DOM calls, counted, and jumped between with Enter / Shift+Enter; summary rows
 * and contents entries of sessions without a hit are hidden. Without the analyzer (an old
 * browser) it falls back to folded substring search.
 *
 * Plain ES2017 in a string: it runs in whatever browser opens the file, from disk, with no
 * module loader. The CSP allows the script by its SHA-256, `SEARCH_SCRIPT_HASH` in html-csp.ts:
 * change a character here (or regenerate the analyzer) and update it (the export tests say so,
 * with the new value).
 */
import { raw, type Html } from './html-template.js';

export const SEARCH_SCRIPT: Html = raw`(function () {
  'use strict';
  var bar = document.getElementById('sv-search');
  var input = document.getElementById('sv-q');
  var status = document.getElementById('sv-status');
  var dataBlock = document.getElementById('sv-data');
  if (!bar || !input || !status || !dataBlock) return;
  var strings = JSON.parse(dataBlock.textContent || '{}').strings || {};
  var MAX_MARKS = 5000;
  var marks = [];
  var current = -1;
  var total = 0;
  var index = null;
  var timer = 0;
  var foldCache = new Map();
  var COMBINING = /\p{M}/gu;
  var NON_ASCII = /[^\x00-\x7f]/;
  var analysis = window.svAnalyzer || null;
  var stemCache = new Map();
  var list = function (selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); };
  var filtered = list('#sv-summary tbody tr[data-s], #sv-toc li[data-s]');

  function foldChar(ch) {
    var folded = foldCache.get(ch);
    if (folded === undefined) {
      folded = ch.normalize('NFD').replace(COMBINING, '').toLowerCase();
      foldCache.set(ch, folded);
    }
    return folded;
  }

  // Folded text plus, for non-ASCII text, the original index of every folded character.
  function fold(text) {
    if (!NON_ASCII.test(text)) return { s: text.toLowerCase(), map: null };
    var out = '';
    var map = [];
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      var ch = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? text.substr(i, 2) : text[i];
      var folded = foldChar(ch);
      for (var k = 0; k < folded.length; k++) map.push(i);
      out += folded;
      i += ch.length - 1;
    }
    map.push(text.length);
    return { s: out, map: map };
  }

  function buildIndex() {
    index = [];
    list('[data-search]').forEach(function (scope) {
      var walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/\S/.test(node.nodeValue)) continue;
        var holder = node.parentElement && node.parentElement.closest('[data-s]');
        var folded = fold(node.nodeValue);
        index.push({ node: node, s: folded.s, map: folded.map, tokens: null, key: holder ? holder.getAttribute('data-s') : null, parts: null });
      }
    });
  }

  function clearMarks() {
    if (index) index.forEach(function (entry) {
      if (!entry.parts) return;
      entry.parts[0].parentNode.replaceChild(entry.node, entry.parts[0]);
      for (var i = 1; i < entry.parts.length; i++) entry.parts[i].parentNode.removeChild(entry.parts[i]);
      entry.parts = null;
    });
    marks = [];
    current = -1;
    total = 0;
  }

  // Ranges are [start, end] offsets in the node's original text.
  function wrap(entry, ranges) {
    var text = entry.node.nodeValue;
    var fragment = document.createDocumentFragment();
    var parts = [];
    var last = 0;
    var add = function (node) { fragment.appendChild(node); parts.push(node); };
    ranges.forEach(function (range) {
      if (marks.length >= MAX_MARKS) return;
      var start = range[0];
      var end = range[1];
      if (start > last) add(document.createTextNode(text.slice(last, start)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      add(mark);
      marks.push(mark);
      last = end;
    });
    if (last < text.length) add(document.createTextNode(text.slice(last)));
    entry.node.parentNode.replaceChild(fragment, entry.node);
    entry.parts = parts;
  }

  function format(template, values) {
    return String(template || '').replace(/\{(\w+)\}/g, function (whole, name) {
      return name in values ? String(values[name]) : whole;
    });
  }

  function showStatus(query) {
    if (!query) status.textContent = '';
    else if (total === 0) status.textContent = strings.noHits || '0';
    else status.textContent = format(strings.hits, { current: current + 1, count: total });
  }

  function setFilter(keys) {
    filtered.forEach(function (item) {
      item.hidden = keys !== null && !keys.has(item.getAttribute('data-s'));
    });
  }

  function substringHits(entry, query) {
    var ranges = [];
    for (var at = entry.s.indexOf(query); at !== -1; at = entry.s.indexOf(query, at + query.length)) {
      ranges.push(entry.map ? [entry.map[at], entry.map[at + query.length]] : [at, at + query.length]);
    }
    return ranges;
  }

  function stemsOf(word) {
    var stems = stemCache.get(word);
    if (stems === undefined) {
      stems = analysis.analyzer.stems(word);
      stemCache.set(word, stems);
    }
    return stems;
  }

  // The query's words as the app reads them (stop-words dropped, the last word a prefix).
  function queryTerms(text) {
    var terms = [];
    analysis.parseSearch(text, analysis.analyzer.stopWords).clauses.forEach(function (clause) {
      clause.words.forEach(function (word) {
        terms.push({ word: word, prefix: clause.prefix, stems: stemsOf(word) });
      });
    });
    return terms;
  }

  function termMatches(term, word) {
    var stems = stemsOf(word);
    for (var i = 0; i < stems.length; i++) {
      if (term.stems.indexOf(stems[i]) !== -1) return true;
      if (term.prefix && stems[i].indexOf(term.word) === 0) return true;
    }
    return term.prefix && word.indexOf(term.word) === 0;
  }

  // Hits per text node and, per session, which query words it holds.
  function analyzerHits(terms) {
    var found = [];
    var covered = new Map();
    index.forEach(function (entry) {
      if (!entry.tokens) entry.tokens = analysis.tokenize(entry.node.nodeValue);
      var ranges = [];
      entry.tokens.forEach(function (token) {
        var hit = false;
        terms.forEach(function (term, t) {
          if (!termMatches(term, token.word)) return;
          hit = true;
          if (entry.key === null) return;
          var set = covered.get(entry.key);
          if (!set) covered.set(entry.key, (set = new Set()));
          set.add(t);
        });
        if (hit) ranges.push([token.start, token.end]);
      });
      if (ranges.length) found.push({ entry: entry, ranges: ranges });
    });
    var keys = new Set();
    covered.forEach(function (set, key) { if (set.size === terms.length) keys.add(key); });
    return { found: found.filter(function (hit) { return hit.entry.key === null || keys.has(hit.entry.key); }), keys: keys };
  }

  function search() {
    timer = 0;
    clearMarks();
    var text = input.value.trim();
    var query = fold(text).s;
    var terms = analysis && query ? queryTerms(text) : [];
    if (!query) {
      setFilter(null);
      showStatus('');
      return;
    }
    if (!index) buildIndex();
    var keys = new Set();
    var found = [];
    if (terms.length) {
      var result = analyzerHits(terms);
      found = result.found;
      keys = result.keys;
    } else {
      // No analyzer, or only stop-words typed: folded substring search.
      index.forEach(function (entry) {
        var ranges = substringHits(entry, query);
        if (!ranges.length) return;
        if (entry.key !== null) keys.add(entry.key);
        found.push({ entry: entry, ranges: ranges });
      });
    }
    found.forEach(function (hit) {
      total += hit.ranges.length;
      if (marks.length < MAX_MARKS) wrap(hit.entry, hit.ranges);
    });
    setFilter(keys);
    if (marks.length) go(1);
    showStatus(query);
  }

  function go(step) {
    if (!marks.length) return;
    if (current >= 0) marks[current].classList.remove('current');
    current = (current + step + marks.length) % marks.length;
    var mark = marks[current];
    mark.classList.add('current');
    mark.scrollIntoView({ block: 'center' });
    showStatus(input.value.trim());
  }

  function runPending() {
    if (!timer) return false;
    clearTimeout(timer);
    search();
    return true;
  }

  input.addEventListener('input', function () {
    if (timer) clearTimeout(timer);
    timer = setTimeout(search, 150);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (!runPending()) go(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && input.value) {
      input.value = '';
      runPending();
      search();
    }
  });
  bar.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[data-step]');
    if (!button) return;
    runPending();
    go(Number(button.getAttribute('data-step')));
  });
  bar.hidden = false;
})();
`;
