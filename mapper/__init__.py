"""mapper: turn reports of armed incidents into claims located on a map."""

__version__ = "0.1.0"
