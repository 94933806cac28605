"""Make the shared test helpers in this folder importable from every test subfolder."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
