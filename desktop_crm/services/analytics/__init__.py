"""Targeting analytics: R, P, P−R, ABC, quartiles, quadrants, elasticity, maturity, RFM."""
