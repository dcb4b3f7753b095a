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

    // copy buttons: <button data-copy-target="field-id" data-copied="text" hidden> copies the field's value. Hidden
    // without JavaScript, where the field itself can be selected and copied.
    Array.prototype.forEach.call(document.querySelectorAll('button[data-copy-target]'), function (button) {
        var field = document.getElementById(button.getAttribute('data-copy-target'));
        var status = document.getElementById(button.getAttribute('data-copy-target') + '-status');
        if (!field) {
            return;
        }
        button.hidden = false;
        button.addEventListener('click', function () {
            var done = function () {
                if (status) {
                    status.textContent = button.getAttribute('data-copied');
                }
            };
            field.select();
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(field.value).then(done, function () {
                    document.execCommand('copy');
                    done();
                });
            } else {
                document.execCommand('copy');
                done();
            }
        });
    });
}());
