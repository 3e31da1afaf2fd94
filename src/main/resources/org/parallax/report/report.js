(function () {
  'use strict';
  var body = document.body;
  function bind(id, cls) {
    var box = document.getElementById(id);
    if (!box) { return; }
    var apply = function () { body.classList.toggle(cls, box.checked); };
    box.addEventListener('change', apply);
    apply();
  }
  bind('filter-differences', 'hide-same');
  bind('filter-identical', 'hide-identical');
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
  window.addEventListener('beforeprint', function () {
    var all = document.querySelectorAll('details');
    for (var i = 0; i < all.length; i++) { all[i].open = true; }
  });
  var form = document.getElementById('filters');
  if (form) { form.addEventListener('submit', function (e) { e.preventDefault(); }); }
}());
