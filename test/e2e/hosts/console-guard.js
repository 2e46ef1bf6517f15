document.getElementById('log-error').addEventListener('click', function () { console.error('something broke'); });
document.getElementById('throw').addEventListener('click', function () { throw new Error('uncaught on purpose'); });
