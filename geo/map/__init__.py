"""Layers and the map: GeoJSON layers, the Folium map and the rendered source pages."""
