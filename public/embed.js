/*
 * Host script for the embedded camp map (docs/embedding.md). Dependency-free, no eval,
 * no data sent anywhere. Add once per page:
 *
 *   <script src="https://…/embed.js" defer></script>
 *
 * Each map iframe carries the attribute data-camp-map. An embedded map posts
 *   { type: 'japanese-camps-map:resize', height: <CSS px>, id: <string | null>, minHeight: <CSS px> }
 * to its parent once its layout is final (never while loading) and whenever its content
 * height changes. This script matches every message to its iframe by
 * event.source === iframe.contentWindow (a sandboxed frame's origin is "null", so the
 * origin cannot identify it), accepts only that shape with a finite height, clamps the
 * height, never goes below `minHeight` (the map and its bar, which the embed knows from its
 * URL), and sets iframe.style.height. It works for any number of maps, and for maps added
 * or lazily loaded after it ran.
 */
(function () {
  'use strict';
  if (window.__japaneseCampsMapEmbed) return;
  window.__japaneseCampsMapEmbed = true;

  var RESIZE = 'japanese-camps-map:resize';
  var REQUEST = 'japanese-camps-map:request-height';
  var MIN_HEIGHT = 50;
  var MAX_HEIGHT = 5000;
  var SELECTOR = 'iframe[data-camp-map]';

  function frameOf(source) {
    if (!source) return null;
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== RESIZE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    var floor = data.minHeight;
    if (typeof floor === 'number' && isFinite(floor)) height = Math.max(height, floor);
    height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
    frame.style.height = height + 'px';
    frame.setAttribute('data-camp-map-height', String(height));
  }

  // A map that loaded before this script already posted its height: ask again.
  function requestHeight(frame) {
    try {
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: REQUEST }, '*');
    } catch (e) {
      /* a frame that is being removed */
    }
  }

  function requestAll() {
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) requestHeight(frames[i]);
  }

  window.addEventListener('message', onMessage);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', requestAll);
  else requestAll();
})();
