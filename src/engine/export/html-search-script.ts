/**
 * The one inline script of the HTML export: in-file search. It reads its labels from the JSON
 * block `#sv-data`, walks text nodes (never parses HTML), folds case and diacritics so `novak`
 * finds `Novák`, wraps hits in `<mark>` built with DOM calls, counts them, jumps with Enter /
 * Shift+Enter and hides summary rows and contents entries of sessions without a hit.
 *
 * Plain ES2017 in a string: it runs in whatever browser opens the file, from disk, with no
 * module loader. The CSP allows it by its SHA-256, `SEARCH_SCRIPT_HASH` in html-csp.ts: change a
 * character here and update it (the export tests say so, with the new value).
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
        index.push({ node: node, s: folded.s, map: folded.map, key: holder ? holder.getAttribute('data-s') : null, parts: null });
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

  function wrap(entry, positions, length) {
    var text = entry.node.nodeValue;
    var fragment = document.createDocumentFragment();
    var parts = [];
    var last = 0;
    var add = function (node) { fragment.appendChild(node); parts.push(node); };
    positions.forEach(function (at) {
      if (marks.length >= MAX_MARKS) return;
      var start = entry.map ? entry.map[at] : at;
      var end = entry.map ? entry.map[at + length] : at + length;
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

  function search() {
    timer = 0;
    clearMarks();
    var query = fold(input.value.trim()).s;
    if (!query) {
      setFilter(null);
      showStatus('');
      return;
    }
    if (!index) buildIndex();
    var keys = new Set();
    index.forEach(function (entry) {
      var positions = [];
      for (var at = entry.s.indexOf(query); at !== -1; at = entry.s.indexOf(query, at + query.length)) positions.push(at);
      if (!positions.length) return;
      total += positions.length;
      if (entry.key !== null) keys.add(entry.key);
      if (marks.length < MAX_MARKS) wrap(entry, positions, query.length);
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
