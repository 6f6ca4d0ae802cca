// Live Commerce Explorer's embed helper, loaded by the embed code on the page
// that embeds a chart (see src/ui/embed.rs). An iframe cannot size itself to
// its content, and a chart's height depends on the column's width, so the
// embedded page posts its height and this sets the iframe's height from it.
// It only listens: it reads messages from this script's own origin, and only
// from an iframe of this page, and changes nothing but that iframe's height.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.lceEmbedResizer) {
    return;
  }
  window.lceEmbedResizer = true;
  var origin = new URL(script.src, document.baseURI).origin;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== origin || !d || d.type !== 'lce-embed-height') {
      return;
    }
    var height = Number(d.height);
    if (!isFinite(height) || height < 80 || height > 8000) {
      return;
    }
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].setAttribute('height', String(Math.ceil(height)));
      }
    }
  });
})();
