/* The incident map's page script: reads the data shipped once as JSON and
 * draws only what is on screen.
 *
 * - Pins (exact sites) are clustered by Supercluster, which indexes 100,000
 *   points in well under a second; markers exist only for the clusters and
 *   pins in view.
 * - Approximate placements are areas (a circle sized to the precision, or the
 *   country's outline), one per place, each precision in its own pane: finer
 *   areas lie above coarser ones and pins above all, so a click goes to the
 *   finest thing under the pointer.
 * - Popups are built when opened.  Every string from the data goes into the
 *   page through textContent, never as markup; links are only those the
 *   build marked as http(s).
 * - Event-type layers and the time filter decide together which incidents
 *   are in the index; counts, totals, areas and the heatmap follow.
 */
var IncidentMap = (function () {
  "use strict";

  var DAY_MS = 86400000;
  var AREA_PANE_Z = [0, 445, 440, 430, 420];  // by precision index; site has no area

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }

  function httpLink(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  function link(className, href, text, external) {
    var a = el("a", className, text);
    a.href = href;
    a.target = "_blank";
    a.rel = external ? "noopener noreferrer" : "noopener";
    return a;
  }

  function isoDay(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  function pinIcon(colour) {
    var svg = '<svg xmlns="http://www.w3.org/2000/svg" width="25" height="41" viewBox="0 0 25 41">' +
      '<path d="M12.5 0C5.6 0 0 5.6 0 12.5 0 22 12.5 41 12.5 41S25 22 25 12.5C25 5.6 19.4 0 12.5 0z" fill="' +
      colour + '" stroke="#fff" stroke-width="1.5"/><circle cx="12.5" cy="12.5" r="4.5" fill="#fff"/></svg>';
    return L.icon({iconUrl: "data:image/svg+xml," + encodeURIComponent(svg), iconSize: [25, 41],
                   iconAnchor: [12, 41], popupAnchor: [1, -34], tooltipAnchor: [12, -28],
                   className: "incident-pin"});
  }

  function Data(raw) {
    this.raw = raw;
    this.s = raw.strings;
    this.c = raw.incidents;
    this.n = raw.incidents.lat.length;
    this.types = raw.types;
    this.precisions = raw.precisions;
  }

  Data.prototype.str = function (index) { return this.s[index] || ""; };

  /* A title, or when the build left it out (-1), the default "sub-type: place". */
  Data.prototype.title = function (i) {
    var index = this.c.title[i];
    if (index >= 0) return this.str(index);
    var c = this.c;
    return (this.str(c.sub[i]) || this.types[c.type[i]].name) + ": " + this.str(c.place[i]);
  };

  Data.prototype.dateText = function (i) {
    var day = this.c.day[i];
    if (day === null || day === undefined) return "date unknown";
    var tp = this.c.tp[i];
    return isoDay(day) + (tp === 2 ? " (±week)" : tp === 3 ? " (±month)" : "");
  };

  Data.prototype.typeText = function (i) {
    var type = this.types[this.c.type[i]].name;
    return [type, this.str(this.c.sub[i])].filter(Boolean).join(" / ");
  };

  /* The popup of one incident, article or table row alike. */
  Data.prototype.popup = function (i) {
    var c = this.c, self = this;
    var root = el("div", "incident-popup");
    root.setAttribute("data-incident-id", c.id[i]);
    root.appendChild(el("h4", "incident-title", this.title(i)));
    var meta = [this.dateText(i), this.typeText(i)];
    if (c.fat[i] !== null && c.fat[i] !== undefined) meta.push("fatalities: " + c.fat[i]);
    root.appendChild(el("p", "incident-meta", meta.filter(Boolean).join(" · ")));
    var place = this.str(c.place[i]);
    if (c.prec[i] > 0) {
      var approx = el("p", "incident-approx");
      approx.appendChild(el("strong", null, "approximate: " + this.precisions[c.prec[i]].label));
      if (place) approx.appendChild(document.createTextNode(" (placed at " + place + ")"));
      root.appendChild(approx);
    } else if (place) {
      root.appendChild(el("p", "incident-place", place));
    }
    (this.raw.quotes[i] || []).forEach(function (q) {
      var doc = self.raw.docs[q[0]], sentence = self.str(q[1]);
      var block = el("blockquote", "incident-quote");
      if (q[2] >= 0) {
        block.appendChild(document.createTextNode(sentence.slice(0, q[2])));
        block.appendChild(el("mark", null, sentence.slice(q[2], q[3])));
        block.appendChild(document.createTextNode(sentence.slice(q[3])));
      } else {
        block.textContent = sentence;
      }
      root.appendChild(block);
      var line = el("p", "incident-source");
      var anchor = /^s\d+$/.test(q[4]) ? q[4] : "";
      if (anchor) {
        line.appendChild(link("source-link", doc.page + "#" + anchor,
                              doc.title + ", sentence " + (parseInt(anchor.slice(1), 10) + 1)));
      } else {
        line.appendChild(document.createTextNode(doc.title));
      }
      self.sourceSuffix(line, doc.url, doc.raw, "original");
      root.appendChild(line);
    });
    if (c.src[i] >= 0) {
      this.raw.sourceGroups[c.src[i]].forEach(function (s) {
        var line = el("p", "incident-source table-source", self.str(s[0]) || "added from a table");
        self.sourceSuffix(line, self.str(s[1]), self.str(s[2]), "source");
        root.appendChild(line);
      });
    }
    var notes = this.str(c.notes[i]);
    if (notes) root.appendChild(el("p", "incident-notes", notes));
    return root;
  };

  Data.prototype.sourceSuffix = function (line, url, raw, label) {
    if (httpLink(url)) {
      line.appendChild(document.createTextNode(" · "));
      line.appendChild(link("original-link", url, label, true));
    } else if (raw) {
      line.appendChild(document.createTextNode(" · " + raw));
    }
  };

  /* A popup listing several incidents (one place, or one point); each opens its own. */
  Data.prototype.listPopup = function (indices, heading, popup) {
    var self = this, limit = 200;
    var root = el("div", "incident-list");
    root.appendChild(el("h4", "incident-list-title", heading));
    var list = el("ul");
    indices.slice(0, limit).forEach(function (i) {
      var item = el("li");
      var button = el("button", "incident-list-item", self.title(i) + " · " + self.dateText(i));
      button.type = "button";
      L.DomEvent.on(button, "click", function (e) {
        L.DomEvent.stop(e);
        var full = self.popup(i);
        var back = el("button", "incident-list-back", "← all " + indices.length + " here");
        back.type = "button";
        L.DomEvent.on(back, "click", function (ev) {
          L.DomEvent.stop(ev);
          popup.setContent(self.listPopup(indices, heading, popup));
        });
        var box = el("div");
        box.appendChild(back);
        box.appendChild(full);
        popup.setContent(box);
      });
      item.appendChild(button);
      list.appendChild(item);
    });
    root.appendChild(list);
    if (indices.length > limit) {
      root.appendChild(el("p", "incident-list-more",
                          "and " + (indices.length - limit) + " more: zoom in or narrow the time filter"));
    }
    return root;
  };

  function App(map, raw, options) {
    this.map = map;
    this.data = new Data(raw);
    this.options = options;
    this.typeOn = raw.types.map(function () { return true; });
    var days = raw.incidents.day.filter(function (d) { return d !== null; });
    var range = days.length ? minMax(days) : [null, null];
    this.minDay = range[0];
    this.maxDay = range[1];
    this.from = this.minDay;
    this.to = this.maxDay;
    this.visible = new Uint8Array(this.data.n);
  }

  function minMax(values) {
    var lo = Infinity, hi = -Infinity;
    for (var k = 0; k < values.length; k++) {
      if (values[k] < lo) lo = values[k];
      if (values[k] > hi) hi = values[k];
    }
    return [lo, hi];
  }

  App.prototype.start = function () {
    var map = this.map, self = this;
    this.makePanes();
    this.makeBasemaps();
    this.pins = L.layerGroup().addTo(map);
    this.points = [];
    var c = this.data.c;
    for (var i = 0; i < this.data.n; i++) {
      if (c.area[i] < 0) this.points.push({type: "Feature", properties: {i: i},
                                          geometry: {type: "Point", coordinates: [c.lon[i], c.lat[i]]}});
    }
    // Supercluster measures in 512-pixel tiles: a radius of 60 is 30 screen pixels, about a pin's width.
    this.index = new Supercluster({radius: 60, maxZoom: 16, minPoints: 2});
    this.makeAreas();
    this.makeMentions();
    // No maxZoom option: the layers control would read it as the layer's zoom range and disable it.
    this.heat = L.heatLayer([], {radius: 18, blur: 14});
    this.makeControls();
    this.panel = new Panel(this, document.getElementById("incident-panel"));
    this.frame();
    this.refresh();
    map.on("moveend", function () { self.draw(); });
    map.on("overlayadd overlayremove", function (e) { self.toggled(e); });
    document.body.setAttribute("data-map-ready", "1");
  };

  App.prototype.makePanes = function () {
    var map = this.map;
    map.createPane("incidentOutlines").style.zIndex = 250;
    for (var p = 1; p < AREA_PANE_Z.length; p++) {
      var pane = map.createPane("incidentAreas" + p);
      pane.style.zIndex = AREA_PANE_Z[p];
      pane.classList.add("incident-area-pane");
    }
    map.createPane("incidentMentions").style.zIndex = 450;
    map.getPane("incidentMentions").classList.add("incident-area-pane");
  };

  App.prototype.makeBasemaps = function () {
    var map = this.map, self = this, options = this.options;
    this.outlines = L.geoJSON(options.outlines, {
      pane: "incidentOutlines", interactive: false,
      style: {color: "#7a7a7a", weight: 1, fillColor: "#f2efe9", fillOpacity: 1}
    });
    if (options.tiles) {
      this.tiles = L.tileLayer(options.tiles.url, {attribution: options.tiles.attribution, maxZoom: 19});
      this.tiles.addTo(map);
      // Without a network the tiles fail: show where things are with the outlines.
      this.tiles.once("tileerror", function () {
        if (!map.hasLayer(self.outlines)) map.addLayer(self.outlines);
        map.getContainer().classList.add("tiles-unavailable");
      });
    } else {
      this.outlines.addTo(map);
    }
    map.getContainer().style.background = "#cfe3f0";
  };

  App.prototype.makeAreas = function () {
    var self = this, data = this.data, raw = data.raw;
    var shapes = {};
    (this.options.outlines.features || []).forEach(function (f) { shapes[f.properties.iso2] = f; });
    this.areaMembers = raw.areas.map(function () { return []; });
    for (var i = 0; i < data.n; i++) if (data.c.area[i] >= 0) this.areaMembers[data.c.area[i]].push(i);
    this.areaLayers = raw.areas.map(function (a, k) {
      var pane = "incidentAreas" + a.prec, cls = "incident-approximate precision-" + data.precisions[a.prec].name;
      var style = {pane: pane, weight: 2, dashArray: "6 4", fill: true, fillOpacity: 0.12, className: cls};
      var layer = a.country && shapes[a.country]
        ? L.geoJSON(shapes[a.country], {pane: pane, style: function () { return style; }})
        : L.circle([a.lat, a.lon], L.extend({radius: a.radius}, style));
      layer.bindTooltip(function () { return self.areaTooltip(k); }, {sticky: true});
      layer.on("click", function (e) { self.openArea(k, e.latlng); });
      return layer;
    });
    this.areaGroup = L.layerGroup().addTo(this.map);
  };

  App.prototype.makeMentions = function () {
    var data = this.data;
    this.mentions = L.layerGroup(data.raw.mentions.map(function (m) {
      var label = data.str(m[2]);
      var dot = L.circleMarker([m[0], m[1]], {radius: 5, color: "#555555", weight: 1, fillOpacity: 0.5,
                                              className: "mentioned-place", pane: "incidentMentions"});
      dot.bindTooltip(function () { return el("span", null, label); }, {sticky: true});
      dot.bindPopup(function () { return el("div", "mention-popup", label); });
      return dot;
    }));
  };

  App.prototype.makeControls = function () {
    var map = this.map, self = this, data = this.data;
    var narrow = window.matchMedia("(max-width: 700px)").matches;
    new L.Control.FullScreen({position: "topleft", title: "Full screen", titleCancel: "Leave full screen"}).addTo(map);
    this.search = new L.Control.Search({
      position: "topleft", marker: false, initial: false, zoom: 14, textPlaceholder: "Find a place…",
      textErr: "No incident at that place", autoCollapse: true, minLength: 2, tipAutoSubmit: true,
      sourceData: function (text, callback) { callback(self.places()); return {abort: function () {}}; },
      formatData: function (records) { return records; },
      filterData: function (text, records) {
        var wanted = text.toLocaleLowerCase(), found = {};
        Object.keys(records).forEach(function (name) {
          if (name.toLocaleLowerCase().indexOf(wanted) >= 0) found[name] = records[name];
        });
        return found;
      },
      buildTip: function (text) { return el("li", null, text); },
      moveToLocation: function (latlng, title, m) { m.setView(latlng, latlng.zoom || 14); }
    }).addTo(map);
    this.typeLayers = data.types.map(function () { return L.layerGroup().addTo(map); });
    var overlays = {};
    data.types.forEach(function (t, k) {
      overlays['<span class="type-swatch" style="background:' + t.colour + '"></span>' + escapeHtml(t.name) +
               ' <span class="layer-count" data-type="' + k + '"></span>'] = self.typeLayers[k];
    });
    overlays['<span class="type-swatch mention-swatch"></span>Mentioned places (not incident sites)'] = this.mentions;
    overlays['<span class="type-swatch heat-swatch"></span>Heatmap of incidents'] = this.heat;
    overlays["Country outlines"] = this.outlines;
    // One basemap needs no radio button; the outlines are an overlay beside it.
    this.layersControl = L.control.layers({}, overlays, {collapsed: narrow, position: "topright"});
    // The control rebuilds its list whenever one of its layers is added or
    // removed; write the counts again each time it does.
    var rebuild = this.layersControl._update;
    this.layersControl._update = function () {
      var result = rebuild.apply(this, arguments);
      if (self.counts) self.updateCounts();
      return result;
    };
    this.layersControl.addTo(map);
  };

  App.prototype.places = function () {
    if (this.placeRecords) return this.placeRecords;
    var data = this.data, c = data.c, records = {};
    var zoom = [15, 14, 12, 9, 6];
    for (var i = 0; i < data.n; i++) {
      var name = data.str(c.place[i]);
      if (name && !records[name]) {
        records[name] = L.latLng(c.lat[i], c.lon[i]);
        records[name].zoom = zoom[c.prec[i]];
      }
    }
    this.placeRecords = records;
    return records;
  };

  App.prototype.toggled = function (e) {
    var k = this.typeLayers.indexOf(e.layer);
    if (k >= 0) {
      this.typeOn[k] = e.type === "overlayadd";
      this.refresh();
    } else if (e.layer === this.heat) {
      this.updateHeat();
    }
  };

  App.prototype.setTime = function (from, to) {
    this.from = Math.min(from, to);
    this.to = Math.max(from, to);
    this.refresh();
  };

  App.prototype.fullRange = function () {
    return this.from === this.minDay && this.to === this.maxDay;
  };

  /* Recompute which incidents pass the filters, re-index the pins, and update
   * areas, counts, totals and the heatmap. */
  App.prototype.refresh = function () {
    var data = this.data, c = data.c, n = data.n, full = this.fullRange();
    var from = this.from, to = this.to, typeOn = this.typeOn;
    var inTime = data.types.map(function () { return 0; });
    var fatalities = data.types.map(function () { return 0; });
    var shown = 0, undatedHidden = 0;
    for (var i = 0; i < n; i++) {
      var day = c.day[i], ok = day === null ? full : day >= from && day <= to;
      if (day === null && !full) undatedHidden++;
      var t = c.type[i];
      if (ok) {
        inTime[t]++;
        if (c.fat[i]) fatalities[t] += c.fat[i];
      }
      ok = ok && typeOn[t];
      this.visible[i] = ok ? 1 : 0;
      if (ok) shown++;
    }
    var visible = this.visible;
    this.index.load(this.points.filter(function (p) { return visible[p.properties.i]; }));
    this.pins.clearLayers();
    this.drawnMarkers = {};
    this.counts = {inTime: inTime, fatalities: fatalities, shown: shown, undatedHidden: undatedHidden};
    this.updateAreas();
    this.updateCounts();
    this.updateHeat();
    this.draw();
    if (this.panel) this.panel.update();
  };

  App.prototype.updateAreas = function () {
    var self = this, data = this.data;
    this.areaLayers.forEach(function (layer, k) {
      var members = self.areaMembers[k].filter(function (i) { return self.visible[i]; });
      if (members.length) {
        var tally = {}, best = members[0];
        members.forEach(function (i) {
          tally[data.c.type[i]] = (tally[data.c.type[i]] || 0) + 1;
          if (tally[data.c.type[i]] > tally[data.c.type[best]]) best = i;
        });
        layer.setStyle({color: data.types[data.c.type[best]].colour});
        if (!self.areaGroup.hasLayer(layer)) self.areaGroup.addLayer(layer);
      } else if (self.areaGroup.hasLayer(layer)) {
        self.areaGroup.removeLayer(layer);
      }
    });
  };

  App.prototype.areaVisible = function (k) {
    var visible = this.visible;
    return this.areaMembers[k].filter(function (i) { return visible[i]; });
  };

  App.prototype.areaTooltip = function (k) {
    var members = this.areaVisible(k), data = this.data;
    if (members.length === 1) return el("span", null, data.title(members[0]));
    var i = members[0];
    return el("span", null, members.length + " incidents placed at " + data.str(data.c.place[i]) +
              " (approximate: " + data.precisions[data.c.prec[i]].label + ")");
  };

  App.prototype.openArea = function (k, latlng) {
    var members = this.areaVisible(k), data = this.data;
    if (!members.length) return;
    this.openIncidents(members, latlng, members.length + " incidents placed at " + data.str(data.c.place[members[0]]));
  };

  App.prototype.openIncidents = function (indices, latlng, heading) {
    var data = this.data;
    var popup = L.popup({maxWidth: 400, maxHeight: 360}).setLatLng(latlng);
    indices = indices.slice().sort(function (a, b) { return (data.c.day[a] || 0) - (data.c.day[b] || 0); });
    popup.setContent(indices.length === 1 ? data.popup(indices[0]) : data.listPopup(indices, heading, popup));
    popup.openOn(this.map);
  };

  App.prototype.updateCounts = function () {
    var counts = this.counts.inTime, container = this.layersControl.getContainer();
    Array.prototype.forEach.call(container.querySelectorAll(".layer-count"), function (span) {
      span.textContent = "(" + counts[+span.getAttribute("data-type")].toLocaleString("en") + ")";
    });
  };

  App.prototype.updateHeat = function () {
    if (!this.map.hasLayer(this.heat)) return;
    var c = this.data.c, points = [];
    for (var i = 0; i < this.data.n; i++) if (this.visible[i]) points.push([c.lat[i], c.lon[i]]);
    this.heat.setLatLngs(points);
  };

  /* Markers for the clusters and pins in view (and a margin around it). */
  App.prototype.draw = function () {
    var map = this.map, self = this, data = this.data;
    var bounds = map.getBounds().pad(0.25);
    var zoom = Math.round(map.getZoom());
    var items = this.index.getClusters([Math.max(-180, bounds.getWest()), Math.max(-85, bounds.getSouth()),
                                        Math.min(180, bounds.getEast()), Math.min(85, bounds.getNorth())], zoom);
    var wanted = {}, together = {}, clusters = 0;
    items.forEach(function (item) {
      var lonlat = item.geometry.coordinates;
      if (item.properties.cluster) {
        clusters++;
        wanted["c" + item.properties.cluster_id + ":" + item.properties.point_count] = item;
      } else {
        var key = lonlat[0] + "," + lonlat[1];
        (together[key] = together[key] || []).push(item.properties.i);
      }
    });
    Object.keys(together).forEach(function (key) { wanted["p" + together[key].join(",")] = together[key]; });
    // Keep the markers that stay (an open popup stays open while the map pans), swap the rest.
    var drawn = this.drawnMarkers || {};
    Object.keys(drawn).forEach(function (key) {
      if (!(key in wanted)) { self.pins.removeLayer(drawn[key]); delete drawn[key]; }
    });
    Object.keys(wanted).forEach(function (key) {
      if (key in drawn) return;
      var item = wanted[key];
      drawn[key] = key.charAt(0) === "c"
        ? self.clusterMarker(item, [item.geometry.coordinates[1], item.geometry.coordinates[0]])
        : self.pinMarker(item);
      self.pins.addLayer(drawn[key]);
    });
    this.drawnMarkers = drawn;
    this.drawn = {zoom: zoom, clusters: clusters};
  };

  App.prototype.clusterMarker = function (item, latlng) {
    var self = this, count = item.properties.point_count;
    var size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 50;
    var marker = L.marker(latlng, {
      icon: L.divIcon({html: "<span>" + count + "</span>", className: "incident-cluster",
                       iconSize: [size, size]}),
      title: count + " incidents: click to zoom in", keyboard: true, riseOnHover: true
    });
    marker.on("click", function () {
      var id = item.properties.cluster_id, zoom = self.index.getClusterExpansionZoom(id);
      if (zoom > self.index.options.maxZoom) {
        var leaves = self.index.getLeaves(id, Infinity).map(function (f) { return f.properties.i; });
        var data = self.data;
        self.openIncidents(leaves, latlng, leaves.length + " incidents at " + data.str(data.c.place[leaves[0]]));
      } else {
        self.map.setView(latlng, Math.min(zoom, self.map.getMaxZoom()));
      }
    });
    return marker;
  };

  App.prototype.pinMarker = function (indices) {
    var data = this.data, self = this, i = indices[0];
    var marker = L.marker([data.c.lat[i], data.c.lon[i]], {
      icon: pinIcon(data.types[data.c.type[i]].colour), alt: data.str(data.c.place[i]), riseOnHover: true
    });
    if (indices.length === 1) {
      marker.bindTooltip(function () { return el("span", null, data.title(i)); }, {sticky: true});
      marker.bindPopup(function () { return data.popup(i); }, {maxWidth: 400, maxHeight: 360});
    } else {
      marker.bindTooltip(function () {
        return el("span", null, indices.length + " incidents at " + data.str(data.c.place[i]));
      }, {sticky: true});
      marker.on("click", function () {
        self.openIncidents(indices, marker.getLatLng(), indices.length + " incidents at " + data.str(data.c.place[i]));
      });
      marker.on("add", function () {
        var badge = el("span", "incident-pin-count", indices.length);
        var icon = marker.getElement();
        if (icon && icon.parentNode) {
          marker._countBadge = badge;
          icon.parentNode.appendChild(badge);
          var pos = L.DomUtil.getPosition(icon);
          L.DomUtil.setPosition(badge, pos.add([14, -4]));
        }
      });
      marker.on("remove", function () {
        if (marker._countBadge && marker._countBadge.parentNode) marker._countBadge.parentNode.removeChild(marker._countBadge);
      });
    }
    return marker;
  };

  /* Fit the incidents with room for the controls, so that no pin sits under one. */
  App.prototype.frame = function () {
    var map = this.map, data = this.data, c = data.c, pick = [];
    for (var i = 0; i < data.n; i++) if (c.prec[i] <= 2) pick.push(i);
    if (!pick.length) for (var j = 0; j < data.n; j++) pick.push(j);
    if (!pick.length) { map.setView([15, 0], 2); return; }
    var south = Infinity, west = Infinity, north = -Infinity, east = -Infinity;
    pick.forEach(function (k) {
      south = Math.min(south, c.lat[k]); north = Math.max(north, c.lat[k]);
      west = Math.min(west, c.lon[k]); east = Math.max(east, c.lon[k]);
    });
    var corner = map.getContainer();
    function width(selector) {
      var box = corner.querySelector(selector);
      return box ? box.getBoundingClientRect().width : 0;
    }
    var left = width(".leaflet-top.leaflet-left") + 16, right = width(".leaflet-top.leaflet-right") + 16;
    var options = {paddingTopLeft: [left, 56], paddingBottomRight: [right, 40], maxZoom: 15};
    if (south === north && west === east) {
      map.setView([south, west], [15, 15, 13, 9, 6][c.prec[pick[0]]]);
    } else {
      map.fitBounds([[south, west], [north, east]], options);
    }
  };

  /* The side panel: totals by type, the time filter, the legend and the sources. */
  function Panel(app, root) {
    this.app = app;
    this.root = root;
    if (!root) return;
    var data = app.data;
    var header = el("header", "panel-header");
    header.appendChild(el("h1", "panel-title", app.options.title));
    this.summary = el("p", "panel-summary");
    header.appendChild(this.summary);
    var toggle = el("button", "panel-toggle", "Details");
    toggle.type = "button";
    toggle.setAttribute("aria-expanded", "false");
    toggle.addEventListener("click", function () {
      var open = root.classList.toggle("open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
    header.appendChild(toggle);
    root.appendChild(header);
    var body = el("div", "panel-body");
    root.appendChild(body);

    var totals = el("section", "panel-totals");
    totals.appendChild(el("h2", null, "Incidents by type"));
    var table = el("table", "totals");
    var head = el("tr");
    ["Type", "Incidents", "Fatalities"].forEach(function (h) { head.appendChild(el("th", null, h)); });
    table.appendChild(head);
    this.rows = data.types.map(function (t) {
      var row = el("tr");
      var name = el("td", "total-type");
      var swatch = el("span", "type-swatch");
      swatch.style.background = t.colour;
      name.appendChild(swatch);
      name.appendChild(document.createTextNode(t.name));
      row.appendChild(name);
      var count = el("td", "total-count"), dead = el("td", "total-fatalities");
      row.appendChild(count);
      row.appendChild(dead);
      table.appendChild(row);
      return {row: row, count: count, dead: dead};
    });
    totals.appendChild(table);
    body.appendChild(totals);

    if (app.minDay !== null && app.maxDay > app.minDay) body.appendChild(this.timeFilter());
    body.appendChild(this.legend());
    body.appendChild(this.sources());
  }

  Panel.prototype.timeFilter = function () {
    var app = this.app, self = this;
    var box = el("section", "time-filter");
    box.appendChild(el("h2", null, "Time"));
    function slider(id, label, value) {
      var row = el("label", "time-row");
      row.appendChild(el("span", "time-label", label));
      var input = el("input");
      input.type = "range";
      input.id = id;
      input.min = app.minDay;
      input.max = app.maxDay;
      input.step = 1;
      input.value = value;
      row.appendChild(input);
      var out = el("output", "time-value", isoDay(value));
      row.appendChild(out);
      box.appendChild(row);
      return {input: input, out: out};
    }
    var from = slider("time-from", "From", app.minDay), to = slider("time-to", "To", app.maxDay);
    var timer = null;
    function changed() {
      from.out.textContent = isoDay(+from.input.value);
      to.out.textContent = isoDay(+to.input.value);
      clearTimeout(timer);
      timer = setTimeout(function () { app.setTime(+from.input.value, +to.input.value); }, 60);
    }
    from.input.addEventListener("input", changed);
    to.input.addEventListener("input", changed);
    this.undated = el("p", "time-undated");
    box.appendChild(this.undated);
    var reset = el("button", "time-reset", "Show all dates");
    reset.type = "button";
    reset.addEventListener("click", function () {
      from.input.value = app.minDay;
      to.input.value = app.maxDay;
      from.out.textContent = isoDay(app.minDay);
      to.out.textContent = isoDay(app.maxDay);
      app.setTime(app.minDay, app.maxDay);
    });
    box.appendChild(reset);
    self.timeInputs = {from: from.input, to: to.input};
    return box;
  };

  Panel.prototype.legend = function () {
    var data = this.app.data;
    var box = el("section", "legend");
    box.appendChild(el("h2", null, "Legend"));
    var list = el("ul", "legend-list");
    function item(symbolClass, text, colour) {
      var li = el("li");
      var symbol = el("span", "legend-symbol " + symbolClass);
      if (colour) symbol.style.setProperty("--colour", colour);
      li.appendChild(symbol);
      li.appendChild(document.createTextNode(text));
      list.appendChild(li);
    }
    data.types.forEach(function (t) { item("legend-type", t.name, t.colour); });
    item("legend-pin", "Pin: the incident's exact site");
    item("legend-cluster", "Numbered disc: that many pins close together; click to zoom in");
    var present = {};
    data.raw.areas.forEach(function (a) { present[a.prec] = true; });
    data.precisions.forEach(function (p, k) {
      if (!present[k]) return;
      var text = p.name === "country"
        ? "Outline: known only to the country"
        : "Dashed circle: known only to the " + p.label + " (radius about " +
          (p.radius >= 1000 ? p.radius / 1000 + " km" : p.radius + " m") + ")";
      item("legend-area legend-" + p.name, text);
    });
    item("legend-mention", "Grey dot: a place mentioned, not an incident site (off by default)");
    box.appendChild(list);
    return box;
  };

  Panel.prototype.sources = function () {
    var data = this.app.data, raw = data.raw;
    var box = el("section", "sources");
    box.appendChild(el("h2", null, "Sources"));
    var list = el("ul", "source-list");
    raw.docs.forEach(function (doc) {
      var li = el("li");
      li.appendChild(link("source-page", doc.page, doc.title));
      data.sourceSuffix(li, doc.url, doc.raw, "original");
      list.appendChild(li);
    });
    var tally = {};
    for (var i = 0; i < data.n; i++) {
      var group = data.c.src[i];
      if (group >= 0) tally[group] = (tally[group] || 0) + 1;
    }
    var seen = {};
    Object.keys(tally).forEach(function (g) {
      raw.sourceGroups[g].forEach(function (s) {
        var key = s.join(",");
        seen[key] = seen[key] || {s: s, count: 0};
        seen[key].count += tally[g];
      });
    });
    var rows = Object.keys(seen).map(function (k) { return seen[k]; })
      .sort(function (a, b) { return b.count - a.count; });
    rows.slice(0, 30).forEach(function (row) {
      var li = el("li", "table-source", (data.str(row.s[0]) || "added from a table") + " (" + row.count + ")");
      data.sourceSuffix(li, data.str(row.s[1]), data.str(row.s[2]), "source");
      list.appendChild(li);
    });
    if (rows.length > 30) list.appendChild(el("li", "source-more", "and " + (rows.length - 30) + " more sources"));
    box.appendChild(list);
    return box;
  };

  Panel.prototype.update = function () {
    if (!this.root) return;
    var app = this.app, counts = app.counts, data = app.data;
    var total = 0, dead = 0;
    this.rows.forEach(function (r, k) {
      r.count.textContent = counts.inTime[k].toLocaleString("en");
      r.dead.textContent = counts.fatalities[k].toLocaleString("en");
      r.row.classList.toggle("type-off", !app.typeOn[k]);
      if (app.typeOn[k]) { total += counts.inTime[k]; dead += counts.fatalities[k]; }
    });
    var range = app.minDay === null ? "" : app.fullRange()
      ? ", " + isoDay(app.minDay) + (app.maxDay > app.minDay ? " to " + isoDay(app.maxDay) : "")
      : ", " + isoDay(app.from) + " to " + isoDay(app.to);
    this.summary.textContent = counts.shown.toLocaleString("en") + " of " + data.n.toLocaleString("en") +
      " incidents shown, " + dead.toLocaleString("en") + " fatalities" + range;
    if (this.undated) {
      this.undated.textContent = counts.undatedHidden
        ? counts.undatedHidden + " undated incident(s) hidden while the dates are narrowed" : "";
    }
  };

  return {
    start: function (map, dataElement, options) {
      var app = new App(map, JSON.parse(dataElement.textContent), options);
      app.start();
      window.incidentMap = app;
      return app;
    }
  };
})();
