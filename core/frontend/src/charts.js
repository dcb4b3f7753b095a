// Draws the charts of every statistics page (the manager's Enhedens billede, the representative's and HR's Statistik)
// with Chart.js. Each chart is a <canvas data-chart="…"> whose attribute holds the numbers as JSON, written by the
// server in one form (dk.spor.web.page.Chart); the same numbers stand in a table beside it, which is what screen
// readers and people without JavaScript read. A number the server withheld (a group below the minimum size) is not in
// the attribute at all, so there is nothing here to hide. Nothing runs inline: the Content-Security-Policy forbids it.
(function () {
    'use strict';

    if (!window.Chart) {
        return;
    }

    // DKFDS colours: primary blue, a lighter blue, grey, and the alert colours for worse / better
    var PALETTE = ['#0059b3', '#7fa7d9', '#747474', '#1a7f37', '#b3261e', '#c4a100'];

    function chartOf(canvas) {
        var spec = JSON.parse(canvas.getAttribute('data-chart'));
        var horizontal = spec.horizontal === true;
        var stacked = spec.stacked === true;
        var datasets = spec.datasets.map(function (set, i) {
            var colour = set.colour || PALETTE[i % PALETTE.length];
            return { label: set.label, data: set.data, backgroundColor: colour, borderColor: colour, borderWidth: 1 };
        });
        var valueAxis = {
            beginAtZero: true,
            stacked: stacked,
            ticks: { precision: 0 },
            title: { display: !!spec.valueLabel, text: spec.valueLabel || '' }
        };
        var categoryAxis = { stacked: stacked };
        return new window.Chart(canvas, {
            type: 'bar',
            data: { labels: spec.labels, datasets: datasets },
            options: {
                indexAxis: horizontal ? 'y' : 'x',
                responsive: true,
                maintainAspectRatio: false,
                // numbers, not a show: drawn at once (also for people who ask for reduced motion)
                animation: false,
                plugins: { legend: { display: datasets.length > 1, position: 'bottom' } },
                scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis }
            }
        });
    }

    var canvases = document.querySelectorAll('canvas[data-chart]');
    for (var i = 0; i < canvases.length; i++) {
        chartOf(canvases[i]);
    }
}());
