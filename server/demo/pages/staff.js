// The demo's support desk: a few calls to the staff API. Everything visitors wrote is shown with
// textContent, never as HTML.
(function () {
  var server = document.currentScript.getAttribute('data-server');
  var $ = function (id) { return document.getElementById(id); };
  var current = null;

  function call(method, path, body) {
    var headers = { Authorization: 'Bearer ' + $('desk-token').value.trim() };
    if (body) headers['Content-Type'] = 'application/json';
    return fetch(server + '/api/staff' + path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined }).then(function (response) {
      if (response.status === 204) return null;
      return response.json().then(function (data) {
        if (!response.ok) throw new Error(data.detail || data.title || 'HTTP ' + response.status);
        return data;
      });
    });
  }
  function say(text) { $('desk-status').textContent = text; }
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function loadQueue() {
    return call('GET', '/queue').then(function (queue) {
      var list = $('desk-queue');
      list.replaceChildren();
      queue.items.forEach(function (item) {
        var button = el('button', item.reference + ' · ' + item.subject + (item.urgentReason ? ' (urgent)' : ''), 'desk-item');
        button.type = 'button';
        button.addEventListener('click', function () { openTicket(item.reference); });
        var entry = el('li');
        entry.append(button, el('small', ' ' + item.name + ', waiting since ' + new Date(item.waitingSince).toLocaleString()));
        list.append(entry);
      });
      say(queue.total === 0 ? 'The queue is empty.' : queue.total + ' ticket(s) waiting.');
    }, function (error) { say('Could not load the queue: ' + error.message); });
  }

  function openTicket(reference) {
    return call('GET', '/tickets/' + reference).then(function (ticket) {
      current = reference;
      var box = $('desk-ticket');
      box.replaceChildren(el('h3', ticket.reference + ': ' + ticket.subject), el('p', 'Status: ' + ticket.status));
      ticket.messages.forEach(function (message) {
        var item = el('article', undefined, 'desk-message ' + message.author);
        item.append(el('strong', message.authorName + (message.internal ? ' (internal note)' : '')), el('p', message.body));
        box.append(item);
      });
      $('desk-reply').hidden = false;
    }, function (error) { say('Could not open ' + reference + ': ' + error.message); });
  }

  $('desk-login').addEventListener('submit', function (event) { event.preventDefault(); loadQueue(); });
  $('desk-reply').addEventListener('submit', function (event) {
    event.preventDefault();
    var body = $('desk-reply-body').value;
    call('POST', '/tickets/' + current + '/replies', { body: body }).then(function () {
      $('desk-reply-body').value = '';
      say('Reply sent to ' + current + '.');
      return openTicket(current).then(loadQueue);
    }, function (error) { say('The reply was not sent: ' + error.message); });
  });
  $('desk-solve').addEventListener('click', function () {
    call('PATCH', '/tickets/' + current, { status: 'solved' }).then(function () {
      say(current + ' is solved.');
      return openTicket(current).then(loadQueue);
    }, function (error) { say('Could not solve it: ' + error.message); });
  });
  loadQueue();
})();
