// The demo page includes the widget the way a customer would: one script tag, here written by a
// few lines so the ?lang= links can show each language. A real site pastes the tag itself:
// <script src="{{WIDGET_URL}}" data-server="{{SERVER_URL}}" async></script>
(function () {
  var lang = new URLSearchParams(location.search).get('lang');
  if (lang) document.documentElement.lang = lang;
  window.SupportWidget = window.SupportWidget || function () { (window.SupportWidget.q = window.SupportWidget.q || []).push(arguments); };
  var tag = document.createElement('script');
  tag.src = document.querySelector('meta[name="support-widget"]').content;
  tag.async = true;
  tag.setAttribute('data-server', document.querySelector('meta[name="support-server"]').content);
  tag.setAttribute('data-color', '#1f5f4a');
  tag.setAttribute('data-contact-email', 'support@kestrelhost.com');
  document.body.appendChild(tag);
  document.getElementById('open-help').addEventListener('click', function () { window.SupportWidget('open'); });
})();
