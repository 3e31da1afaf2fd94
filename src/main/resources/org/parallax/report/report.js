(function () {
  'use strict';
  var body = document.body;
  var modes = { all: null, differences: 'hide-same', 'one-sided': 'only-one-sided' };
  function show(mode) {
    for (var m in modes) {
      if (modes[m]) { body.classList.toggle(modes[m], m === mode); }
    }
  }
  var radios = document.querySelectorAll('input[name=show]');
  for (var r = 0; r < radios.length; r++) {
    radios[r].addEventListener('change', function (e) { if (e.target.checked) { show(e.target.value); } });
    if (radios[r].checked) { show(radios[r].value); }
  }
  function mark(target, on) {
    var s = target && target.closest ? target.closest('.s[data-peers]') : null;
    if (!s) { return; }
    var ids = s.getAttribute('data-peers').split(' ');
    for (var i = 0; i < ids.length; i++) {
      var peer = ids[i] ? document.getElementById(ids[i]) : null;
      if (peer) { peer.classList.toggle('peer', on); }
    }
  }
  document.addEventListener('mouseover', function (e) { mark(e.target, true); });
  document.addEventListener('mouseout', function (e) { mark(e.target, false); });
  document.addEventListener('focusin', function (e) { mark(e.target, true); });
  document.addEventListener('focusout', function (e) { mark(e.target, false); });
  // A link into a closed section opens it, so the evidence is on screen.
  function reveal(id) {
    var el = id ? document.getElementById(id) : null;
    if (!el) { return; }
    var opened = false;
    for (var d = el.parentElement; d; d = d.parentElement) {
      if (d.tagName === 'DETAILS' && !d.open) { d.open = true; opened = true; }
    }
    if (opened) { el.scrollIntoView(); }
  }
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[href^="#"]') : null;
    if (a) { reveal(decodeURIComponent(a.getAttribute('href').slice(1))); }
  });
  window.addEventListener('hashchange', function () { reveal(decodeURIComponent(location.hash.slice(1))); });
  if (location.hash) { reveal(decodeURIComponent(location.hash.slice(1))); }
  window.addEventListener('beforeprint', function () {
    var all = document.querySelectorAll('details');
    for (var i = 0; i < all.length; i++) { all[i].open = true; }
  });
  var form = document.getElementById('filters');
  if (form) { form.addEventListener('submit', function (e) { e.preventDefault(); }); }
}());
