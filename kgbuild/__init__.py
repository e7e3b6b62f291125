"""kgbuild: who said what about whom, as an RDF knowledge graph built from Arabic news."""
__version__ = "0.1.0"
