// Draws each table's chart with Apache ECharts. The tables stay on the page: they are what screen readers and
// keyboards use, and what is shown when scripts or the chart library do not load.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('.chart[data-chart]').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    element.style.height = Math.max(160, 48 * data.labels.length + 60) + 'px';
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      textStyle: { fontSize: 14 },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 14 } },
      yAxis: { type: 'category', data: data.labels, inverse: true, axisLabel: { fontSize: 14 } },
      series: [{ type: 'bar', data: data.values, barMaxWidth: 28, itemStyle: { color: '#0b4f9c' },
        label: { show: true, position: 'right', fontSize: 14 } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
