// Min profil: how the person's scores moved, as a line per attitude type. The numbers come from the canvas's
// data-chart attribute (no inline script under the Content-Security-Policy); the table below the chart holds the same
// numbers for screen readers and without JavaScript, so the chart is only shown once it is drawn.
(function () {
    'use strict';
    var canvas = document.getElementById('profile-chart');
    if (!canvas || !window.Chart) {
        return;
    }
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    // shown before drawing, so the chart takes the box's size
    document.getElementById('profile-chart-box').hidden = false;
    // DKFDS's palette, dark enough against white for lines (WCAG 1.4.11, 3:1)
    var colours = ['#0059b3', '#b35900', '#358000', '#a5003f', '#5c3f99'];
    var dashes = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 1]];
    new window.Chart(canvas, {
        type: 'line',
        data: {
            labels: data.labels,
            datasets: data.datasets.map(function (line, i) {
                return {
                    label: line.label, data: line.data, spanGaps: true,
                    borderColor: colours[i % colours.length], backgroundColor: colours[i % colours.length],
                    borderDash: dashes[i % dashes.length], borderWidth: 2, pointRadius: 4
                };
            })
        },
        options: {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            scales: { y: { min: data.min, max: data.max, ticks: { stepSize: 1 } } },
            plugins: { legend: { position: 'bottom' } }
        }
    });
}());
