// Spor's own script, loaded after DKFDS and htmx on every page. Pages work without it; it only adds behaviour.
(function () {
    'use strict';

    // DKFDS components (mobile menu, error summary focus, ...)
    if (window.DKFDS) {
        window.DKFDS.init();
    }

    // every htmx request that changes something carries the page's CSRF token in a header
    var token = document.querySelector('meta[name="csrf-token"]');
    document.body.addEventListener('htmx:configRequest', function (event) {
        if (token && event.detail.verb !== 'get') {
            event.detail.headers['X-CSRF-TOKEN'] = token.getAttribute('content');
        }
    });
}());
