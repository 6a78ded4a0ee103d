// The wallboard's chart of the day: service level per queue (lines) and callers waiting (bars).
(function () {
  'use strict';

  var canvas = document.getElementById('day-chart');
  var board = document.getElementById('wallboard');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var colours = ['#1f5fa8', '#1e7a3c', '#6a3fa0', '#0f6b74', '#8a6a00', '#b3261e'];
  var chart = null;
  var loadedAt = 0;

  function datasets(data) {
    var sets = data.serviceLevel.map(function (s, i) {
      return {
        type: 'line',
        label: canvas.getAttribute('data-sl') + ' · ' + s.queue,
        data: s.values,
        yAxisID: 'sl',
        borderColor: colours[i % colours.length],
        backgroundColor: colours[i % colours.length],
        spanGaps: true,
        tension: 0.2
      };
    });
    if (data.target !== null) {
      sets.push({
        type: 'line',
        label: canvas.getAttribute('data-target'),
        data: data.labels.map(function () { return data.target; }),
        yAxisID: 'sl',
        borderColor: '#b3261e',
        borderDash: [6, 4],
        pointRadius: 0
      });
    }
    sets.push({
      type: 'bar',
      label: canvas.getAttribute('data-waiting'),
      data: data.waiting,
      yAxisID: 'waiting',
      backgroundColor: 'rgba(194, 94, 0, 0.45)'
    });
    return sets;
  }

  function load() {
    loadedAt = Date.now();
    fetch(canvas.getAttribute('data-src'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.json();
      })
      .then(function (data) {
        if (chart) {
          chart.data.labels = data.labels;
          chart.data.datasets = datasets(data);
          chart.update('none');
          return;
        }
        chart = new Chart(canvas, {
          data: { labels: data.labels, datasets: datasets(data) },
          options: {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            interaction: { mode: 'index', intersect: false },
            scales: {
              sl: { type: 'linear', position: 'left', min: 0, max: 100, ticks: { callback: function (v) { return v + ' %'; } } },
              waiting: { type: 'linear', position: 'right', min: 0, suggestedMax: 2, grid: { drawOnChartArea: false } }
            }
          }
        });
        canvas.setAttribute('data-ready', 'true');
      })
      .catch(function (e) {
        console.warn('chart update failed', e);
      });
  }

  load();
  // The chart changes by the half hour: after live updates, fetch it at most every 30 seconds.
  if (board) {
    board.addEventListener('live:refreshed', function () {
      if (Date.now() - loadedAt > 30000) {
        load();
      }
    });
  }
})();
