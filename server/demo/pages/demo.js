// Demo-only helpers, loaded before the widget tag in index.html: ?lang= switches the page
// language the widget reads, and the "Open help" button shows the host calling the API.
// The queue stub is the optional snippet a site adds when it calls the API before widget.js loads.
(function () {
  var lang = new URLSearchParams(location.search).get('lang');
  if (lang) document.documentElement.lang = lang;
  window.SupportWidget = window.SupportWidget || function () { (window.SupportWidget.q = window.SupportWidget.q || []).push(arguments); };
  document.addEventListener('DOMContentLoaded', function () {
    document.getElementById('open-help').addEventListener('click', function () { window.SupportWidget('open'); });
  });
})();
