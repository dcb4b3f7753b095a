// Draws the statistics pages' charts with Chart.js: every <canvas data-chart="id"> from the JSON in the element with
// that id (<script type="application/json">). The numbers are in a table beside each chart; a chart is a picture of
// them for those who see it. Nothing runs inline: the Content-Security-Policy forbids it.
(function () {
    'use strict';
    if (!window.Chart) {
        return;
    }
    // the design system's colours, readable against white
    var colours = ['#0059b3', '#358000', '#b35900', '#7a2e8a', '#a70000', '#00707a'];
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var source = document.getElementById(canvas.getAttribute('data-chart'));
        if (!source) {
            return;
        }
        var data = JSON.parse(source.textContent);
        new window.Chart(canvas, {
            type: data.type,
            data: {
                labels: data.labels,
                datasets: data.datasets.map(function (set, i) {
                    return {label: set.label, data: set.data, backgroundColor: colours[i % colours.length]};
                })
            },
            options: {
                animation: false,
                responsive: true,
                maintainAspectRatio: false,
                plugins: {legend: {display: data.datasets.length > 1}},
                scales: {
                    x: {stacked: data.stacked},
                    y: {stacked: data.stacked, beginAtZero: true, ticks: {precision: 0}}
                }
            }
        });
    });
}());
