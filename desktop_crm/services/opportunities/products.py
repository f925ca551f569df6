"""The price list: products and services with their family, unit price and cost."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from desktop_crm.domain.errors import FieldProblem, NotFoundError, ValidationError
from desktop_crm.domain.opportunities import ProductView, is_finite_amount, to_decimal
from desktop_crm.domain.wording import OPPORTUNITY, say
from desktop_crm.storage.models import Product
from desktop_crm.storage.uow import UnitOfWork


def product_view(p: Product) -> ProductView:
    return ProductView(
        p.id, p.name, p.family, to_decimal(p.unit_price), to_decimal(p.cost), bool(p.active)
    )


def _load(uow: UnitOfWork, product_id: int) -> Product:
    product = uow.session.get(Product, product_id)
    if product is None:
        raise NotFoundError(
            say(OPPORTUNITY, "Product #{id} does not exist (any more).").format(id=product_id)
        )
    return product


def list_products(uow: UnitOfWork, *, include_inactive: bool = False) -> list[ProductView]:
    """The price list by family then name (only active products unless asked)."""
    stmt = select(Product).order_by(func.coalesce(Product.family, ""), Product.name, Product.id)
    if not include_inactive:
        stmt = stmt.where(Product.active.is_(True))
    return [product_view(p) for p in uow.session.scalars(stmt)]


def get_product(uow: UnitOfWork, product_id: int) -> ProductView:
    return product_view(_load(uow, product_id))


def _checked(
    name: str, unit_price: Decimal | int | str, cost: Decimal | int | str
) -> tuple[str, Decimal, Decimal]:
    problems = []
    cleaned = " ".join((name or "").split())
    if not cleaned:
        problems.append(FieldProblem("name", "required", "The product needs a name."))
    if not (is_finite_amount(unit_price) and is_finite_amount(cost)):
        raise ValidationError(
            [FieldProblem("unit_price", "not_a_number", "The price and the cost must be numbers.")]
        )
    price, cost_value = to_decimal(unit_price), to_decimal(cost)
    if price < 0:
        problems.append(FieldProblem("unit_price", "range", "The price cannot be negative."))
    if cost_value < 0:
        problems.append(FieldProblem("cost", "range", "The cost cannot be negative."))
    if problems:
        raise ValidationError(problems)
    return cleaned[:200], price, cost_value


def create_product(
    uow: UnitOfWork,
    name: str,
    unit_price: Decimal | int | str,
    *,
    family: str | None = None,
    cost: Decimal | int | str = Decimal("0"),
    active: bool = True,
) -> ProductView:
    cleaned, price, cost_value = _checked(name, unit_price, cost)
    product = Product(
        name=cleaned,
        family=(family or "").strip() or None,
        unit_price=price,
        cost=cost_value,
        active=active,
    )
    uow.session.add(product)
    uow.session.flush()
    return product_view(product)


def update_product(
    uow: UnitOfWork,
    product_id: int,
    name: str,
    unit_price: Decimal | int | str,
    *,
    family: str | None = None,
    cost: Decimal | int | str = Decimal("0"),
    active: bool = True,
) -> ProductView:
    """Change a product; opportunity lines keep the price they were quoted at."""
    product = _load(uow, product_id)
    cleaned, price, cost_value = _checked(name, unit_price, cost)
    product.name = cleaned
    product.family = (family or "").strip() or None
    product.unit_price = price
    product.cost = cost_value
    product.active = active
    uow.session.flush()
    return product_view(product)


def delete_product(uow: UnitOfWork, product_id: int) -> int:
    """Delete a product; lines quoting it keep their label, price and amount."""
    uow.session.delete(_load(uow, product_id))
    uow.session.flush()
    return product_id
