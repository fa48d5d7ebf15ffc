// Plain Leaflet baseline for `npm run bench`: L.geoJSON with pointToLayer: L.circleMarker
// and Leaflet's default SVG renderer. Query: ?data=<camps path>&basemap=<topojson>&water=<topojson>
// &railways=<geojson>&towns=<geojson>: the same offline basemap as the app's first view (countries,
// the USSR outline merged from them, lakes, rivers, railways and towns), drawn the plain way.
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
  var topologyLoaded = basemap ? getJson(basemap) : null
  if (topologyLoaded) {
    topologyLoaded.then(function (topology) {
      L.geoJSON(topojson.feature(topology, topology.objects.countries), {
        style: { color: '#a79f8f', weight: 0.8, fillColor: '#f3efe6', fillOpacity: 1 },
        interactive: false,
      })
        .addTo(map)
        .bringToBack()
    })
  }
  var SUCCESSOR_STATES = ['643', '804', '112', '498', '268', '051', '031', '398', '860', '795', '417', '762', '233', '428', '440']
  if (topologyLoaded) {
    topologyLoaded.then(function (topology) {
      var states = topology.objects.countries.geometries.filter(function (g) {
        return SUCCESSOR_STATES.indexOf(String(g.id)) !== -1
      })
      L.geoJSON(topojson.merge(topology, states), { style: { color: '#8a1c1c', weight: 2, fill: false }, interactive: false }).addTo(map)
    })
  }
  var water = params.get('water')
  if (water) {
    getJson(water).then(function (topology) {
      var style = { color: '#6f9fc0', weight: 1, fillColor: '#b9d3e6', fillOpacity: 1 }
      L.geoJSON(topojson.feature(topology, topology.objects.lakes), { style: style, interactive: false }).addTo(map)
      L.geoJSON(topojson.feature(topology, topology.objects.rivers), {
        style: { color: '#6f9fc0', weight: 1.2 },
        interactive: false,
      }).addTo(map)
    })
  }
  var railways = params.get('railways')
  if (railways) {
    getJson(railways).then(function (lines) {
      L.geoJSON(lines, { style: { color: '#222', weight: 2 }, interactive: false }).addTo(map)
    })
  }
  var towns = params.get('towns')
  if (towns) {
    getJson(towns).then(function (places) {
      L.geoJSON(places, {
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, { radius: 2, color: '#333', weight: 1, interactive: false })
        },
      }).addTo(map)
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
