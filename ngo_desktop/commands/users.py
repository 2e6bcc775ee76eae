"""``users``: the people who sign in to a shared PostgreSQL database, and their roles (administrators)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ngo_desktop.cli_arguments import UsageError
from ngo_desktop.i18n import translate

if TYPE_CHECKING:
    from ngo_desktop.database.core import Database

ROLE_CHOICES = ("administrator", "desk", "volunteer")


def _role_help() -> str:
    return translate("CommandLine", "administrator, desk (front desk: everyday work) or volunteer (reads "
                                    "everything, ticks vendors in at a fair)")


# The first words of the command line this module adds to (cli.build_parser builds only those asked for).
COMMANDS = ("users",)


def register(groups) -> None:  # type: ignore[no-untyped-def]
    users = groups.top.add_parser(
        "users", help=translate("CommandLine", "people who sign in to a shared server, and their roles"))
    commands = users.add_subparsers(dest="users_command", metavar=translate("CommandLine", "WHAT"), required=True,
                                    parser_class=type(users))

    listing = commands.add_parser("list", help=translate("CommandLine", "list the users and their roles"))
    listing.set_defaults(handler=run_list)

    add = commands.add_parser("add", help=translate("CommandLine", "add a user (a login on the server)"))
    add.add_argument("login", metavar=translate("CommandLine", "LOGIN"),
                     help=translate("CommandLine", "the login, e.g. anna.berzina"))
    add.add_argument("--role", choices=ROLE_CHOICES, required=True, help=_role_help())
    add.add_argument("--full-name", default="", metavar=translate("CommandLine", "NAME"),
                     help=translate("CommandLine", "the person's name for the audit log; default: the login"))
    add.add_argument("--password-stdin", action="store_true",
                     help=translate("CommandLine", "read the new user's password from standard input"))
    add.set_defaults(handler=run_add)

    set_role = commands.add_parser("set-role", help=translate("CommandLine", "give a user another role"))
    set_role.add_argument("login", metavar=translate("CommandLine", "LOGIN"),
                          help=translate("CommandLine", "the user's login"))
    set_role.add_argument("role", metavar=translate("CommandLine", "ROLE"), choices=ROLE_CHOICES, help=_role_help())
    set_role.set_defaults(handler=run_set_role)

    disable = commands.add_parser("disable", help=translate("CommandLine", "stop a user from signing in"))
    disable.add_argument("login", metavar=translate("CommandLine", "LOGIN"),
                         help=translate("CommandLine", "the user's login"))
    disable.set_defaults(handler=run_disable)

    setup = commands.add_parser(
        "setup", help=translate("CommandLine", "create the roles of this database (when its upgrade could not)"))
    setup.set_defaults(handler=run_setup)


def run_list(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.users import list_people, role_label

    for person in list_people(database):
        state = "" if person.can_sign_in else " " + translate("CommandLine", "(disabled)")
        print(f"{person.login}\t{person.name}\t{role_label(person.role)}{state}")
    return 0


def run_add(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.users import add_person, role_label

    password = ""
    if arguments.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise UsageError(translate("CommandLine", "--password-stdin: standard input gave no password."))
    person = add_person(database, arguments.login, arguments.role, name=arguments.full_name, password=password)
    print(translate("CommandLine", "User {login} ({name}) added as {role}.").format(
        login=person.login, name=person.name, role=role_label(person.role)))
    if not password:
        print(translate("CommandLine", "No password was set: the user can sign in only where the server does "
                                       "not ask for one (add users with --password-stdin to give one)."))
    return 0


def run_set_role(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.users import role_label, set_role

    set_role(database, arguments.login, arguments.role)
    print(translate("CommandLine", "{login} is now {role}.").format(login=arguments.login,
                                                                   role=role_label(arguments.role)))
    return 0


def run_disable(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.users import disable_person

    disable_person(database, arguments.login)
    print(translate("CommandLine", "{login} can no longer sign in.").format(login=arguments.login))
    return 0


def run_setup(arguments: argparse.Namespace, database: Database) -> int:
    from ngo_desktop.services.users import set_up_roles

    set_up_roles(database)
    print(translate("CommandLine", "The roles administrator, desk and volunteer of {database} are ready.").format(
        database=database.describe()))
    return 0
