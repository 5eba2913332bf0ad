"""Places: the layered gazetteer, the world index, resolution in context, online geocoders."""
