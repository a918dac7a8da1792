"""Offline places: communes, town halls, help points, nearest search."""
