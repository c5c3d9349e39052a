"""mapper: turn reports of armed incidents into claims located on a map."""

__version__ = "0.1.0"


def __getattr__(name: str):
    # The map needs folium; import it only when asked, so that `import mapper` stays light.
    if name == "claims_map":
        from mapper.render import claims_map

        return claims_map
    raise AttributeError(f"module 'mapper' has no attribute {name!r}")
