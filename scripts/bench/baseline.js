// Plain Leaflet baseline for `npm run bench`: L.geoJSON with pointToLayer: L.circleMarker
// and Leaflet's default SVG renderer. Query: ?data=<camps path>&basemap=<topojson>&ussr=<geojson>.
// After drawing, the map container carries data-visible-count like the app's, so the bench
// measures both pages the same way. window.baselineFilter({region, q}) redraws a filtered set.
/* global L, topojson */
;(function () {
  'use strict'
  var params = new URLSearchParams(location.search)
  var map = L.map('map', { minZoom: 2, maxZoom: 12 })
  map.fitBounds([
    [36, 30],
    [70, 160],
  ])
  var container = map.getContainer()
  var features = []
  var layer = L.geoJSON(null, {
    pointToLayer: function (feature, latlng) {
      return L.circleMarker(latlng)
    },
  }).addTo(map)

  function show(list) {
    layer.clearLayers()
    layer.addData({ type: 'FeatureCollection', features: list })
    container.setAttribute('data-visible-count', String(list.length))
  }

  function getJson(path) {
    return fetch(path).then(function (r) {
      if (!r.ok) throw new Error(path + ': HTTP ' + r.status)
      return r.json()
    })
  }

  var basemap = params.get('basemap')
  if (basemap) {
    getJson(basemap).then(function (topology) {
      L.geoJSON(topojson.feature(topology, topology.objects.countries), {
        style: { color: '#a79f8f', weight: 0.8, fillColor: '#f3efe6', fillOpacity: 1 },
        interactive: false,
      })
        .addTo(map)
        .bringToBack()
    })
  }
  var ussr = params.get('ussr')
  if (ussr) {
    getJson(ussr).then(function (outline) {
      L.geoJSON(outline, { style: { color: '#8a1c1c', weight: 2, fill: false }, interactive: false }).addTo(map)
    })
  }
  getJson(params.get('data')).then(function (collection) {
    features = collection.features
    show(features)
    map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 7 })
  })

  window.baselineFilter = function (filter) {
    var q = (filter.q || '').toLowerCase()
    show(
      features.filter(function (f) {
        var p = f.properties
        if (filter.region && p.region !== filter.region) return false
        if (!q) return true
        return [p.name, p.nameJa, p.nameRu, p.modernName].join(' ').toLowerCase().indexOf(q) !== -1
      }),
    )
    if (layer.getLayers().length > 0) map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 7 })
  }
})()
